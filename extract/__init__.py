"""zfxxgk: Chinese government information-disclosure annual reports as checked data."""

from .pipeline import extract_bytes, extract_path, extract_source, extract_text

__all__ = ["extract_bytes", "extract_path", "extract_source", "extract_text"]
__version__ = "0.1.0"
