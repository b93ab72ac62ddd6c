"""The anchor for start-up: a hello-world Textual app (a Static and a Footer)."""

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static


class Hello(App[None]):
    """What any Textual app pays before it shows a word, and for a key that changes it."""

    BINDINGS = [Binding("j", "count", "Count")]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static("hello world", id="hello")
        yield Footer()

    def action_count(self) -> None:
        self.count += 1
        self.query_one("#hello", Static).update(f"hello world {self.count}")


if __name__ == "__main__":
    Hello().run()
