"""Carrying a case between people: export to an encrypted bundle (.vdx), inspect, import.

* :func:`export_case` streams the case and its attachments out of the vault into a bundle
  (temp file beside the target holding only ciphertext, fsync, rename; mode 0600).
* :func:`inspect_bundle` verifies the WHOLE bundle (every chunk, every checksum) without writing
  anything and returns a :class:`BundlePreview`.
* :func:`import_bundle` verifies the whole bundle first (first pass, plaintext discarded except
  the case and the attachment list), then streams it into the vault inside ONE transaction that
  re-verifies everything and rolls back on any failure: nothing is written unless the whole
  bundle verified, and a file swapped between the passes is caught too.

For a GUI flow that previews and then imports, :class:`OpenedBundle` runs Argon2 once
(``open_bundle`` → ``.verify()`` → ``.import_into(vault, ...)``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from visadesk.local.paths import atomic_file
from visadesk.vault import bundle as fmt
from visadesk.vault.crypto import KdfParams
from visadesk.vault.errors import BundleDamaged, BundleError, vault_error

if TYPE_CHECKING:
    from visadesk.case.model import Attachment, Case
    from visadesk.vault.store import Vault

log = logging.getLogger("visadesk.vault.exchange")

OnConflict = Literal["keep_both", "replace", "cancel"]
CONFLICT_CHOICES = ("keep_both", "replace", "cancel")
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: str
    size: int
    filename: str = ""
    media_type: str = ""


@dataclass(frozen=True, slots=True)
class BundlePreview:
    """What a verified bundle holds (shown before importing)."""

    case_id: str
    title: str
    people: tuple[str, ...]
    attachments: tuple[AttachmentInfo, ...]
    exported_at: str
    bundle_id: str
    exists_in_vault: bool | None = None  # None: no vault was given

    @property
    def attachment_bytes(self) -> int:
        return sum(a.size for a in self.attachments)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    case_id: str
    attachments: int
    attachment_bytes: int
    size: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    status: Literal["imported", "kept_both", "replaced", "cancelled"]
    case_id: str  # the id in the vault now (new for kept_both; the bundle's for cancelled)
    attachments: int = 0
    attachment_bytes: int = 0

    @property
    def imported(self) -> bool:
        return self.status != "cancelled"


# --- export ------------------------------------------------------------------------------


def export_case(
    vault: Vault,
    case_id: str,
    out_path: Path | str,
    passphrase: str,
    *,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write case ``case_id`` and all its attachments to ``out_path`` as an encrypted bundle.

    Argon2id uses ``kdf`` (default: KdfParams.default(), as for the vault). The target appears
    only complete (atomic rename); a failure leaves no file behind."""
    if not passphrase:
        raise vault_error("bundle.empty_passphrase", field="passphrase")
    kdf = kdf or KdfParams.default()
    out = Path(out_path)
    if out.is_dir():
        raise vault_error("vault.output_is_folder", field="-o", path=out)
    case = vault.get_case(case_id)
    atts = vault.list_attachments(case_id)
    manifest = {
        "kind": fmt.MANIFEST_KIND,
        "case": case.model_dump(mode="json"),
        "attachments": [{"id": aid, "size": size} for aid, _cid, size in atts],
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }
    total = sum(size for _aid, _cid, size in atts)
    header, key = fmt.make_header(passphrase, kdf)

    def sources() -> Iterator[BinaryIO]:
        for aid, _cid, _size in atts:
            with vault.open_attachment(aid) as src:
                yield src

    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_file(out) as tmp, open(tmp, "wb", buffering=1024 * 1024) as fh:
            fh.write(header.raw)
            writer = fmt.PayloadWriter(fh, key, header.stream_ad())
            fmt.write_payload(writer, manifest, sources(), progress, total)
    except OSError as exc:
        raise vault_error(
            "vault.output_failed", field="-o", path=out, reason=exc.strerror or exc
        ) from None
    if progress is not None:
        progress(total, total)
    log.info("case exported to a bundle (%d attachment(s))", len(atts))
    return ExportResult(out, case.id, len(atts), total, out.stat().st_size)


# --- reading ------------------------------------------------------------------------------


@dataclass
class _Verified:
    manifest: dict[str, Any]
    manifest_digest: bytes
    case: Case
    header_raw: bytes


@dataclass
class OpenedBundle:
    """A bundle whose header is unlocked (Argon2 done). Each pass re-reads the source."""

    source: Path | bytes
    header: fmt.BundleHeader
    key: bytes
    limits: KdfParams | None = None
    _verified: _Verified | None = field(default=None, repr=False)

    def _payload(self, fh: BinaryIO) -> fmt.PayloadReader:
        header = fmt.read_header(fh, limits=self.limits, name=_name(self.source))
        if header.raw != self.header.raw:
            raise BundleDamaged("the file changed while it was being read")
        return fmt.PayloadReader(fh, self.key, header.stream_ad())

    def verify(self, progress: Progress | None = None) -> _Verified:
        """Decrypt and check everything, discarding attachment bytes. No writes anywhere."""
        try:
            return self._verify(progress)
        except OSError as exc:
            raise vault_error(
                "bundle.unreadable", cls=BundleError, reason=exc.strerror or exc
            ) from None

    def _verify(self, progress: Progress | None) -> _Verified:
        with fmt.open_source(self.source) as fh:
            reader = self._payload(fh)
            manifest, body = fmt.read_manifest(reader)
            case = _case_of(manifest)
            total = sum(e["size"] for e in manifest["attachments"])
            done = 0

            def tick(n: int) -> None:
                nonlocal done
                done += n
                if progress is not None:
                    progress(done, total)

            declared = {a.id: a for a in case.attachments}
            for entry in manifest["attachments"]:
                stream = fmt.AttachmentStream(reader, entry["size"], tick)
                if entry["id"] in declared:  # its real kind, before anything is stored
                    check_head(_head(stream), declared[entry["id"]])
                stream.drain()
            reader.finish()
        self._verified = _Verified(manifest, hashlib.sha256(body).digest(), case, self.header.raw)
        return self._verified

    def preview(self, vault: Vault | None = None) -> BundlePreview:
        v = self._verified or self.verify()
        case = v.case
        meta = {a.id: a for a in case.attachments}
        return BundlePreview(
            case_id=case.id,
            title=case.display_title(),
            people=tuple(p.display_name() for p in case.people()),
            attachments=tuple(
                AttachmentInfo(
                    e["id"],
                    e["size"],
                    meta[e["id"]].filename if e["id"] in meta else "",
                    meta[e["id"]].media_type if e["id"] in meta else "",
                )
                for e in v.manifest["attachments"]
            ),
            exported_at=str(v.manifest.get("exported_at", ""))[:40],
            bundle_id=self.header.bundle_id.hex(),
            exists_in_vault=None if vault is None else vault.has_case(case.id),
        )

    def import_into(
        self, vault: Vault, on_conflict: OnConflict = "keep_both", progress: Progress | None = None
    ) -> ImportResult:
        """Import (verifying first if not done yet); see :func:`import_bundle`."""
        try:
            return self._import_into(vault, on_conflict, progress)
        except OSError as exc:
            raise vault_error(
                "bundle.unreadable", cls=BundleError, reason=exc.strerror or exc
            ) from None

    def _import_into(
        self, vault: Vault, on_conflict: OnConflict, progress: Progress | None
    ) -> ImportResult:
        if on_conflict not in CONFLICT_CHOICES:
            raise vault_error("vault.unknown_conflict_choice", choice=repr(on_conflict))

        def first(done: int, total: int) -> None:
            if progress is not None:
                progress(done, 2 * total)

        v = self._verified or self.verify(first)
        total_att = sum(e["size"] for e in v.manifest["attachments"])
        case = v.case
        exists = vault.has_case(case.id)
        if exists and on_conflict == "cancel":
            return ImportResult("cancelled", case.id)
        id_map = {e["id"]: e["id"] for e in v.manifest["attachments"]}
        status: Literal["imported", "kept_both", "replaced"]
        if exists and on_conflict == "replace":
            # the bundle of a case of THIS vault (its own export): it keeps its id here
            status = "replaced"
            # an attachment id already used by ANOTHER case in this vault gets a new id
            taken = {aid for aid, cid, _size in vault.list_attachments() if cid != case.id}
            clash = [aid for aid in id_map if aid in taken]
            if clash:
                case, id_map = _renumber_attachments(case, id_map, clash)
        else:
            # fresh ids for the case, its people, applications and attachments (issue 12.14):
            # ids that travel between devices would let seized devices be linked; the sender's
            # ids are not stored anywhere in this vault
            case, id_map = _fresh_ids(case, list(id_map))
            status = "kept_both" if exists else "imported"

        done = 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(total_att + done, 2 * total_att)

        with fmt.open_source(self.source) as fh:
            reader = self._payload(fh)
            _manifest, body = fmt.read_manifest(reader)
            if hashlib.sha256(body).digest() != v.manifest_digest:
                raise BundleDamaged("the file changed while it was being read")

            def streams() -> Iterator[tuple[str, BinaryIO]]:
                for entry in v.manifest["attachments"]:
                    stream = fmt.AttachmentStream(reader, entry["size"], tick)
                    yield id_map[entry["id"]], stream  # type: ignore[misc]
                    stream.drain()  # the vault read to EOF; this also checks the digest
                reader.finish()  # inside the transaction: a bad end rolls everything back

            stored = vault.put_case_with_attachments(
                case, streams(), replace=(status == "replaced")
            )
        log.info("bundle imported (%s, %d attachment(s))", status, len(id_map))
        return ImportResult(status, case.id, len(id_map), stored)


def open_bundle(
    source: Path | str | bytes,
    passphrase: str,
    *,
    limits: KdfParams | None = None,
    key_cache: dict[bytes, bytes] | None = None,
) -> OpenedBundle:
    """Read and unlock the header (Argon2id, slow); nothing else is read yet."""
    src: Path | bytes = source if isinstance(source, bytes) else Path(source)
    with fmt.open_source(src) as fh:
        try:
            header = fmt.read_header(fh, limits=limits, name=_name(src))
        except OSError as exc:
            raise vault_error(
                "bundle.unreadable", cls=BundleError, reason=exc.strerror or exc
            ) from None
    key = fmt.unlock_header(header, passphrase, key_cache=key_cache)
    return OpenedBundle(src, header, key, limits)


def read_bundle(
    source: Path | str | bytes,
    passphrase: str,
    *,
    limits: KdfParams | None = None,
    key_cache: dict[bytes, bytes] | None = None,
) -> tuple[Case, list[AttachmentInfo]]:
    """Verify everything; return the case and its attachment list (bytes are not kept)."""
    opened = open_bundle(source, passphrase, limits=limits, key_cache=key_cache)
    v = opened.verify()
    return v.case, list(opened.preview().attachments)


def inspect_bundle(
    source: Path | str | bytes,
    passphrase: str,
    vault: Vault | None = None,
    *,
    limits: KdfParams | None = None,
    key_cache: dict[bytes, bytes] | None = None,
    progress: Progress | None = None,
) -> BundlePreview:
    """Verify the whole bundle (no writes) and describe it; with ``vault``, say whether the
    case is already there."""
    opened = open_bundle(source, passphrase, limits=limits, key_cache=key_cache)
    opened.verify(progress)
    return opened.preview(vault)


def import_bundle(
    vault: Vault,
    source: Path | str | bytes,
    passphrase: str,
    on_conflict: OnConflict = "keep_both",
    progress: Progress | None = None,
    *,
    limits: KdfParams | None = None,
    key_cache: dict[bytes, bytes] | None = None,
) -> ImportResult:
    """Import a bundle: full verification first, then one all-or-nothing transaction.

    ``on_conflict`` decides for a case id already in the vault: ``keep_both`` (the imported
    case, its people, applications and attachments get new ids), ``replace`` (the vault's case
    and its attachments are replaced), ``cancel`` (nothing is imported)."""
    if on_conflict not in CONFLICT_CHOICES:
        raise vault_error("vault.unknown_conflict_choice", choice=repr(on_conflict))
    opened = open_bundle(source, passphrase, limits=limits, key_cache=key_cache)
    return opened.import_into(vault, on_conflict, progress)


def is_bundle(path: Path | str) -> bool:
    """Does the file start with the bundle magic? (False for unreadable files.)"""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(fmt.MAGIC)) == fmt.MAGIC
    except OSError:
        return False


# --- helpers ------------------------------------------------------------------------------


def _case_of(manifest: dict[str, Any]) -> Case:
    from pydantic import ValidationError

    from visadesk.case.model import Case

    try:
        return Case.model_validate_json(json.dumps(manifest["case"], ensure_ascii=False))
    except ValidationError as exc:
        raise BundleDamaged(
            f"its case is not one this VisaDesk can read ({exc.error_count()} problem(s))"
        ) from None
    except (ValueError, TypeError, RecursionError):
        raise BundleDamaged("its case is not one this VisaDesk can read") from None


def _fresh_ids(case: Case, attachment_ids: list[str]) -> tuple[Case, dict[str, str]]:
    """Keep both: new ids for the case, its people, applications and attachments."""
    from visadesk.case.casefile import duplicate
    from visadesk.case.model import new_id

    copy, id_map = duplicate(case, None)
    for aid in attachment_ids:  # bytes in the bundle that the case's list does not mention
        id_map.setdefault(aid, new_id())
    return copy, id_map


def _renumber_attachments(
    case: Case, id_map: dict[str, str], clash: list[str]
) -> tuple[Case, dict[str, str]]:
    from visadesk.case.model import new_id

    new = {aid: new_id() for aid in clash}
    atts = [a.model_copy(update={"id": new.get(a.id, a.id)}) for a in case.attachments]
    return case.model_copy(update={"attachments": atts}), {
        k: new.get(v, v) for k, v in id_map.items()
    }


def _head(stream: BinaryIO | fmt.AttachmentStream, n: int = 32) -> bytes:
    parts = b""
    while len(parts) < n and (piece := stream.read(n - len(parts))):
        parts += piece
    return parts


def check_head(head: bytes, att: Attachment) -> None:
    """Refuse an attachment whose first bytes are not the PDF, PNG or JPEG it claims to be, or
    a PNG with too many pixels (HostileAttachment names the file)."""
    from visadesk.scans.images import check_kind, check_pixels, png_size

    if len(head) < 8:  # too short to hold any format: nothing can decode it (refused at use)
        return
    real = check_kind(head, att.media_type, att.filename)
    size = png_size(head) if real == "image/png" else None
    if size is not None:
        check_pixels(size[0], size[1], att.filename)


def _name(source: Path | bytes) -> str:
    return source.name if isinstance(source, Path) else "this data"
