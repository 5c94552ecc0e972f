"""The package imports light: underthesea and spaCy load on first use, not on import."""
import subprocess
import sys


def test_import_package_and_cli_stay_light() -> None:
    code = ("import sys, vnextract, vnextract.cli\n"
            "print(','.join(m for m in ('spacy', 'underthesea', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
