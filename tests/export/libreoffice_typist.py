"""Types into a workbook with LibreOffice Calc, as a cluster manager would, and saves it.

Runs under the system's Python, which has LibreOffice's ``uno`` module (Debian:
python3-uno), not under the app's virtualenv:

    /usr/bin/python3 tests/export/libreoffice_typist.py IN.xlsx OUT.xlsx SHEET CELL=TEXT ...

It starts ``soffice --headless`` on a private pipe and user profile, opens IN.xlsx, enters
each TEXT into CELL of SHEET through Calc's own input handling, as a person at the
keyboard would (Calc recognises "72.5%", dates and numbers, and formats the cell), and
saves OUT.xlsx in Calc's Excel 2007-365 format. Prints, per cell, its value and the format
Calc gave it.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

CONNECT_ATTEMPTS = 300


def _property(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def main(argv: list[str]) -> int:
    source, target, sheet_name, *entries = argv
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    pipe = f"clusterbench-typist-{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"-env:UserInstallation={profile.as_uri()}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _attempt in range(CONNECT_ATTEMPTS):  # until soffice listens (or gives up)
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if office.poll() is not None:
                    raise SystemExit("soffice ended before it accepted a connection") from None
                time.sleep(0.1)
        else:
            raise SystemExit("soffice did not accept a connection")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        document = desktop.loadComponentFromURL(
            Path(source).resolve().as_uri(), "_blank", 0, (_property("Hidden", True),)
        )
        sheet = document.Sheets.getByName(sheet_name)
        formats = document.NumberFormats
        controller = document.CurrentController
        controller.setActiveSheet(sheet)
        dispatcher = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", context
        )
        for entry in entries:
            address, _, text = entry.partition("=")
            cell = sheet.getCellRangeByName(address)
            controller.select(cell)
            # The keyboard's path: Calc recognises numbers, "72.5%" and dates, and gives the
            # cell a matching format where it had none of its own.
            dispatcher.executeDispatch(
                controller.Frame, ".uno:EnterString", "", 0, (_property("StringName", text),)
            )
            code = formats.getByKey(cell.NumberFormat).FormatString
            sys.stdout.write(f"{address}\t{cell.getValue()}\t{code}\n")
        document.storeToURL(
            Path(target).resolve().as_uri(), (_property("FilterName", "Calc MS Excel 2007 XML"),)
        )
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge may drop as soffice exits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
