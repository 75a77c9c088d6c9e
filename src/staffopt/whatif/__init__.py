"""What-if analyses built on the solver: scenarios side by side, frontiers, the price of a standard."""
