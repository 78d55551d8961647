"""Sentences that test the sentence classifier's edge cases (shared by its test modules)."""

EDGE_CASES = [
    "",
    "   ",
    "x",
    "The regime's thugs butchered peaceful protesters.",
    "It\u2019s the people\u2019s right -- isn't it?",
    "U.S. officials said 3.5% of the $1,000,000 budget was 'wasted'.",
    "A\x00B null\x00byte",
    "Don't   stop\n\tnow!!!",
    "\u03a3\u0399\u03a3\u03a5\u03a6\u039f\u03a3 and \u039f\u0394\u03a5\u03a3\u03a3\u0395\u0391\u03a3",   # capital sigma
    "\u0130stanbul and D\u0130YARBAKIR",                                         # dotted capital I
    "Emoji \U0001F600 and \U00010400\U00010401 astral letters",
    "Caf\u00e9 \u65e5\u672c snake_case under__score",
    "a\u00a0b\u2003c\u3000d",
    "''quoted'' 'tis o'clock rock'n'roll",
]
