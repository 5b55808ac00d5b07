"""The GUI's way back from a damaged database: offer the newest backup at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tearconsole.errors import UserError
from tearconsole.paths import AppPaths
from tearconsole.storage import backups
from tearconsole.storage.lock import DataDirLock

#: Qt's translate, under the name pyside6-lupdate collects calls of.
translate = QCoreApplication.translate


def offer_restore(paths: AppPaths, sentence: str, parent: QWidget | None = None) -> bool:
    """Ask whether to restore the newest backup; True once it is back in place."""
    newest = backups.newest_backup(paths.backup_dir)
    box = QMessageBox(parent)
    box.setWindowTitle("tearconsole")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(sentence)
    restore = None
    if newest is not None:
        restore = box.addButton(
            translate("DatabaseRestore", "Restore the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(translate("DatabaseRestore", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    lock = DataDirLock(paths.lock_path).acquire()
    try:
        used, aside = backups.restore(paths.db_path, paths.backup_dir)
    except UserError as exc:
        QMessageBox.warning(parent, "tearconsole", str(exc))
        return False
    finally:
        lock.release()
    QMessageBox.information(
        parent,
        "tearconsole",
        translate(
            "DatabaseRestore",
            "Restored the database from {backup}; the file it replaced is kept as {aside}.",
        ).format(backup=used.describe(), aside=aside),
    )
    return True
