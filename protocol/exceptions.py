"""The one exception type the codec raises for malformed input."""


class ProtocolError(Exception):
    """Raised for any malformed, truncated or unsupported input to the codec.

    The message names the field (and message/version) that could not be read, so a
    broker can log it and close only the offending connection.
    """
