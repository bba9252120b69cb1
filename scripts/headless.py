"""Run QGIS headless with this plugin enabled in a throwaway profile (used by make demo, the tests and bench).

The repository root is the plugin folder; QGIS wants it in a folder named after the plugin, so build/plugins holds
a link digital_twin -> the checkout, and QGIS_PLUGINPATH points there.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "digital_twin"
PLUGINS_DIR = ROOT / "build" / "plugins"


def plugin_link():
    """build/plugins/digital_twin -> the checkout; make it if it is missing."""
    link = PLUGINS_DIR / PLUGIN_NAME
    if not link.is_symlink():
        PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
        link.symlink_to(ROOT, target_is_directory=True)
    return link


def qgis_env(profile_dir=None):
    """Environment for qgis_process: offscreen Qt, a throwaway profile, our plugin on the plugin path."""
    plugin_link()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile_dir or tempfile.mkdtemp(prefix="digital_twin_profile_"))
    env["QGIS_PLUGINPATH"] = str(PLUGINS_DIR)
    with_venv_packages(env)
    env.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="xdg_"))
    return env


def with_venv_packages(env):
    """qgis_process and the qgis binary run the system Python: give them the venv's packages too."""
    venv_site = ROOT / ".venv" / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    if venv_site.is_dir():
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(venv_site), env.get("PYTHONPATH", "")]))
    return env


def enable_plugin(env):
    """qgis_process plugins enable digital_twin, in the profile of env."""
    result = subprocess.run(["qgis_process", "plugins", "enable", PLUGIN_NAME], env=env, capture_output=True,
                            text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"qgis_process could not enable the plugin:\n{result.stdout}\n{result.stderr}")
    return env


def run_algorithm(algorithm_id, params, env, timeout=1800):
    """qgis_process run ALGORITHM --json with parameters (a list repeats its key); return the parsed JSON answer."""
    import json

    result = subprocess.run(run_arguments(algorithm_id, params), env=env, capture_output=True, text=True,
                            timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{algorithm_id} failed ({result.returncode}):\n{result.stdout[-4000:]}\n"
                           f"{result.stderr[-4000:]}")
    return json.loads(result.stdout)


def start_algorithm(algorithm_id, params, env):
    """qgis_process run, started and not waited for (to signal or race it): a Popen with text stdout/stderr pipes."""
    return subprocess.Popen(run_arguments(algorithm_id, params), env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def run_arguments(algorithm_id, params):
    """The qgis_process command line for one run (a list value is a multiple-layer parameter: the key repeats)."""
    args = ["qgis_process", "--json", "run", algorithm_id, "--"]
    for key, value in params.items():
        args += [f"{key}={item}" for item in value] if isinstance(value, list | tuple) else [f"{key}={value}"]
    return args


def run_algorithm_list(env):
    """Ids of the digitaltwin algorithms qgis_process lists."""
    import json

    result = subprocess.run(["qgis_process", "--json", "list"], env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"qgis_process list failed:\n{result.stderr}")
    provider = json.loads(result.stdout)["providers"].get("digitaltwin")
    if provider is None:
        raise RuntimeError("qgis_process does not list the digitaltwin provider: is the plugin enabled?")
    return sorted(provider["algorithms"])
