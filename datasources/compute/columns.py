"""Column names of the tidy observation frame every source is parsed into, named once."""

REGION = "region_code"
INDICATOR = "indicator"
PERIOD = "period"
VALUE = "value"
DERIVED = "derived"

# Where a value came from in its file, for messages: data row (from 1), column, text as read.
ROW = "row"
COLUMN = "column"
RAW = "raw"

TIDY = [REGION, INDICATOR, PERIOD, VALUE, DERIVED]
TRACED = [*TIDY, ROW, COLUMN, RAW]

POPULATION = "population"
REFERENCE = "reference"
DEVIATION = "deviation"
