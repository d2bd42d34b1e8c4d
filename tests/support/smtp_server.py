#!/usr/bin/python3
"""A real SMTP server for the tests: Debian's aiosmtpd on a free loopback port.

Prints the port on its first line, then keeps every message it accepts as one file in the
folder given (the envelope in a JSON header line, then the message as received). Recipients
whose local part starts with "reject" get 550, those starting with "busy" get 451: the
answers of a server that refuses for good and of one that asks to try later.
"""
import json
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller


class KeepingHandler:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if local.startswith("busy"):
            return "451 4.3.0 mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.folder, "%06d-%d.eml" % (self.count, time.time_ns()))
        header = json.dumps({"from": envelope.mail_from, "to": envelope.rcpt_tos})
        with open(name + ".part", "wb") as out:
            out.write(header.encode() + b"\n")
            out.write(envelope.original_content)
        os.rename(name + ".part", name)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    port = int(sys.argv[2]) if len(sys.argv) > 2 else free_port()
    controller = Controller(KeepingHandler(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    try:
        sys.stdin.read()  # runs until the test closes its end
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
