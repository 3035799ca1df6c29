"""One run at a time per output file: the lock beside it."""

import os
import subprocess
import sys

import pytest

from newsclaims.io.output_lock import OutputLock, OutputLocked, lock_path


def test_a_second_holder_is_refused_and_the_lock_file_goes_when_released(tmp_path):
    out = tmp_path / "sub" / "out.jsonl"  # a new output in a folder not made yet
    with OutputLock(out):
        assert lock_path(out).read_text().strip() == str(os.getpid())
        with pytest.raises(OutputLocked, match=rf"another newsclaims run \(process {os.getpid()}\) is writing"):
            OutputLock(out).__enter__()
    assert not lock_path(out).exists()
    with OutputLock(out):  # and it can be taken again
        pass


def test_a_lock_file_left_by_a_killed_run_is_no_lock(tmp_path):
    out = tmp_path / "out.jsonl"
    lock_path(out).write_text("12345\n")  # SIGKILL: the file stays, the kernel dropped its flock
    with OutputLock(out):
        assert lock_path(out).read_text().strip() == str(os.getpid())


def test_another_process_holding_it_is_named(tmp_path):
    out = tmp_path / "out.jsonl"
    code = (
        "import sys, time; from pathlib import Path; from newsclaims.io.output_lock import OutputLock\n"
        "with OutputLock(Path(sys.argv[1])):\n    print('held', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        with pytest.raises(OutputLocked, match=rf"\(process {holder.pid}\)"):
            OutputLock(out).__enter__()
    finally:
        holder.communicate(b"")
    with OutputLock(out):
        pass


def test_two_names_of_one_file_take_one_lock(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    with OutputLock(tmp_path / "real" / "out.jsonl"), pytest.raises(OutputLocked):
        OutputLock(tmp_path / "link" / "out.jsonl").__enter__()


@pytest.mark.parametrize("output", [None, "/dev/null"], ids=["stdout", "device"])
def test_outputs_that_are_not_files_take_no_lock(output):
    from pathlib import Path

    with OutputLock(Path(output) if output else None) as lock:
        assert lock._path is None
