"""Session reports: HTML, PDF (through Qt) and CSV of the events."""
