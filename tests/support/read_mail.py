#!/usr/bin/python3
"""Reads back what smtp_server.py kept, with Python's own e-mail parser (a real reader):
prints a JSON list, oldest first, of the envelope and the decoded headers and body."""
import email
import email.policy
import json
import os
import sys

folder = sys.argv[1]
messages = []
for name in sorted(n for n in os.listdir(folder) if n.endswith(".eml")):
    with open(os.path.join(folder, name), "rb") as kept:
        envelope = json.loads(kept.readline())
        message = email.message_from_bytes(kept.read(), policy=email.policy.default)
    messages.append({
        "envelopeFrom": envelope["from"],
        "envelopeTo": envelope["to"],
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "messageId": str(message["Message-ID"]),
        "date": str(message["Date"]),
        "contentType": message.get_content_type(),
        "charset": message.get_content_charset(),
        "body": message.get_content(),
    })
json.dump(messages, sys.stdout, ensure_ascii=False)
