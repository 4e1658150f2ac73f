"""Prospects booking their free consultation online.

`slots` computes the free times, `tokens` signs the prospect's link, `service`
books and cancels through the status workflow, `emails` tells the prospect,
`feeds` gives attorneys their consultations as iCalendar.
"""
