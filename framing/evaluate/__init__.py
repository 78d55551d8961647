"""Evaluation against gold data: spans (loaded terms), attribution, and the sentence classifier."""
