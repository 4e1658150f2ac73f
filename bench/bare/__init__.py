"""A bare Django project for the benchmark's reference row: one view returning
"ok", no middleware, no apps. What Django and gunicorn cost on this machine before
any of our stack runs; `make bench` divides every ratio by it too."""
