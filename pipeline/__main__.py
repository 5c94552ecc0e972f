"""`python -m vnextract …` runs the command-line tool."""
from .cli import app

app(prog_name="vnextract")
