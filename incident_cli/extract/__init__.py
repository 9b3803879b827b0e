"""One module per field: `casualties` (killed, wounded), `dates`, `places`; `document` splits sentences."""
