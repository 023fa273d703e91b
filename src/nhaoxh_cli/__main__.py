"""`python -m nhaoxh_cli`: the same as the `nhaoxh` command."""

from .cli import main

if __name__ == "__main__":  # worker processes started by spawn or forkserver import this module again
    main()
