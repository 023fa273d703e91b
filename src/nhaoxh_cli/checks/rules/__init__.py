"""The rules, one module per rule or small group: its problem codes, its
documentation (what it checks, a plan that passes and one that fails) and,
for the checks of one plan, the function that finds them. The registry
(`checks/registry.py`) lists them; nothing is found here by naming."""
