"""Problems found in an input file: where (row, column), what value, and what is wrong.

Every parser collects all problems it finds and raises one `InputError`, so that a person can
fix the whole file at once; the service adds the file name and writes nothing.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in an input. `row` counts data rows from 1; None means the whole file."""

    message: str
    row: int | None = None
    column: str | None = None
    value: object = None

    def describe(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        if self.value is not None:
            where.append(f"value {self.value!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class InputError(ValueError):
    """An input that cannot be used; `problems` says every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(problem.describe() for problem in problems))


MAX_LISTED_PROBLEMS = 25


class FileRejected(InputError):
    """A file that cannot be imported; the message names the file and every problem."""

    def __init__(self, path: str, problems: list[Problem], *, what: str) -> None:
        self.path = str(path)
        lines = [f"  - {problem.describe()}" for problem in problems[:MAX_LISTED_PROBLEMS]]
        if len(problems) > MAX_LISTED_PROBLEMS:
            lines.append(f"  … and {len(problems) - MAX_LISTED_PROBLEMS} more problems")
        super().__init__(problems)
        self.args = (
            f"{self.path}: cannot import {what}; nothing was written:\n" + "\n".join(lines),
        )

    def __str__(self) -> str:
        return self.args[0]
