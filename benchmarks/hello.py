"""The anchor for start-up: a hello-world Textual app (a Static and a Footer)."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class Hello(App[None]):
    """What any Textual app pays before it shows a word."""

    def compose(self) -> ComposeResult:
        yield Static("hello world")
        yield Footer()


if __name__ == "__main__":
    Hello().run()
