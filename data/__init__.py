"""The rule data, installed as the package ``claimx.data`` (see claimx/resources.py); this file
only makes the folder a package, so that editable installs find it too."""
