"""Models of this app; filled by the issues that build it."""
