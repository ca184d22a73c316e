"""claimx: who said what, with exact offsets, in multilingual news and policy texts."""

__version__ = "0.1.0"
#: Version of the JSONL record format (see README, "Record format changelog").
FORMAT_VERSION = "1.0"
