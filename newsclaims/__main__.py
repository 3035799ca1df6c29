"""`python -m newsclaims` runs the command-line tool."""

from newsclaims.cli import main

main()
