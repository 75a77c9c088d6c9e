"""Click commands, one module per group of commands; ``options`` holds the shared options."""
