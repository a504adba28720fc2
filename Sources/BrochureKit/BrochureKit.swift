/// The version written into every output, so a reader knows which tool made it.
public enum BrochureKitVersion {
    public static let string = "0.1.0"
}
