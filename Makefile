.PHONY: setup test bench docs lint

setup:
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev,xlsx,docx,pdf]'

test:
	.venv/bin/python -m pytest -q -n auto

bench:
	.venv/bin/pip install -q -e '.[bench]' && .venv/bin/python benchmarks/run.py

docs:
	.venv/bin/python tools/update_docs.py

lint:
	.venv/bin/ruff check src tests tools benchmarks && .venv/bin/ruff format --check src tests tools benchmarks && .venv/bin/mypy
