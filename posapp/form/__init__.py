"""The signup form's model: plain Python, no Qt.

``attributes`` is the one table of what posapp knows about each Engage attribute;
``field`` is one field's state; ``signup_model`` holds a signup's rules for the till and
the kiosk alike; ``request`` is what a finished form hands over; ``error_meaning`` says what
each failure means (can Retry help, which words); the widgets under ``posapp.ui`` render
these and pass on what is typed.
"""
