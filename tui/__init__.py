"""whosays: read news in the terminal and see, sentence by sentence, who says so."""

__version__ = "0.1.0"
