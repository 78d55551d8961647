"""The progress display stays silent unless asked for (or on a terminal)."""
import io

from framing.progress import progress_counter


def test_disabled_progress_is_a_silent_no_op(capsys):
    with progress_counter(enabled=False) as advance:
        for _ in range(3):
            advance(10)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_enabled_progress_counts_documents_and_words(monkeypatch):
    import rich.console

    buffer = io.StringIO()
    original = rich.console.Console.__init__

    def to_buffer(self, *args, **kwargs):
        kwargs.pop("stderr", None)
        original(self, *args, file=buffer, force_terminal=True, width=100, **kwargs)

    monkeypatch.setattr(rich.console.Console, "__init__", to_buffer)
    with progress_counter(enabled=True, description="scoring") as advance:
        advance(1200)
        advance(34)
    assert "2 documents" in buffer.getvalue() and "1,234 words" in buffer.getvalue()
