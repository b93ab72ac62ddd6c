"""The reader's search field: an Input whose typing repaints it, not the whole screen."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive

from tui.widgets.text_field import TextField


class SearchField(TextField):
    """Textual's Input, less the screen layout it asks for on every character typed.

    Input gives itself a virtual size as wide as its text on each change, and a widget's
    virtual size is a layout reactive: each letter typed into the search laid out the
    whole reader (about 5 ms a key on a 100,000-word article). The field is as wide as its
    row whatever it holds, so a repaint shows all that changed.
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
