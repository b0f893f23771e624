/// ecomap's version, as `ecomap --version` prints it.
public let version = "0.1.0"
