"""Danish text helpers shared by the apps."""

# Danish alphabetical order puts Æ, Ø and Å after Z (and "aa" is Å in names like Aabenraa).
_DANISH_ORDER = {"æ": "z\u0001", "ø": "z\u0002", "å": "z\u0003", "ä": "z\u0001", "ö": "z\u0002"}


def danish_sort_key(text: str) -> str:
    """A key that sorts strings in Danish alphabetical order, case-insensitively."""
    lowered = text.casefold()
    if lowered.startswith("aa"):
        lowered = "å" + lowered[2:]
    return "".join(_DANISH_ORDER.get(char, char) for char in lowered)
