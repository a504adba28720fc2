import CPoppler

/// The one file that calls cairo: a drawing surface (an image for PNG, or an SVG file) and its
/// context, freed in `deinit`, with the few drawing operations the overlay needs.
///
/// Drawing is in page points (origin top left, like the layout's boxes); `scale` maps them to
/// pixels for PNG. Errors are read once, when the result is written.
final class CairoCanvas {
    enum Kind { case png, svg(path: String) }

    private let surface: OpaquePointer
    private let context: OpaquePointer
    private let kind: Kind

    /// A canvas of `width` × `height` points drawn at `scale` (pixels per point for PNG).
    init?(kind: Kind, width: Double, height: Double, scale: Double) {
        let surface: OpaquePointer?
        switch kind {
        case .png:
            surface = cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, Int32((width * scale).rounded(.up)), Int32((height * scale).rounded(.up)))
        case .svg(let path):
            surface = cairo_svg_surface_create(path, width * scale, height * scale)
        }
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            if let surface { cairo_surface_destroy(surface) }
            return nil
        }
        guard let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            return nil
        }
        self.surface = surface
        self.context = context
        self.kind = kind
        cairo_scale(context, scale, scale)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Runs `body` with the raw context inside save/restore (poppler draws the page with it).
    func drawing(_ body: (OpaquePointer) -> Void) {
        cairo_save(context)
        body(context)
        cairo_restore(context)
    }

    func setColor(_ color: OverlayColor, alpha: Double? = nil) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, alpha ?? color.alpha)
    }

    func rectangle(_ box: Rect, fill: Bool, lineWidth: Double = 1, dashed: Bool = false) {
        cairo_rectangle(context, box.x0, box.y0, box.width, box.height)
        finish(fill: fill, lineWidth: lineWidth, dashed: dashed)
    }

    func line(from: (Double, Double), to: (Double, Double), lineWidth: Double) {
        cairo_move_to(context, from.0, from.1)
        cairo_line_to(context, to.0, to.1)
        finish(fill: false, lineWidth: lineWidth, dashed: false)
    }

    func polygon(_ points: [(Double, Double)]) {
        guard let first = points.first else { return }
        cairo_move_to(context, first.0, first.1)
        for point in points.dropFirst() { cairo_line_to(context, point.0, point.1) }
        cairo_close_path(context)
        cairo_fill(context)
    }

    func circle(center: (Double, Double), radius: Double) {
        cairo_new_sub_path(context)
        cairo_arc(context, center.0, center.1, radius, 0, 2 * .pi)
        cairo_fill(context)
    }

    /// ASCII text with its left baseline at `point`; returns its width.
    @discardableResult
    func text(_ string: String, at point: (Double, Double), size: Double, bold: Bool = false) -> Double {
        cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, string, &extents)
        cairo_move_to(context, point.0, point.1)
        cairo_show_text(context, string)
        return extents.x_advance
    }

    func textWidth(_ string: String, size: Double, bold: Bool = false) -> Double {
        cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, string, &extents)
        return extents.x_advance
    }

    private func finish(fill: Bool, lineWidth: Double, dashed: Bool) {
        if fill {
            cairo_fill(context)
            return
        }
        cairo_set_line_width(context, lineWidth)
        if dashed {
            let dash = [lineWidth * 4, lineWidth * 3]
            cairo_set_dash(context, dash, 2, 0)
        } else {
            cairo_set_dash(context, nil, 0, 0)
        }
        cairo_stroke(context)
    }

    /// Writes the PNG to `path`, or finishes the SVG file the canvas was made on; nil on
    /// success, else cairo's reason.
    func write(png path: String?) -> String? {
        cairo_surface_flush(surface)
        switch kind {
        case .png:
            guard let path else { return "no path" }
            let status = cairo_surface_write_to_png(surface, path)
            return status == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(status))
        case .svg:
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            return status == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(status))
        }
    }

    /// The pixels of a PNG file, or nil.
    static func readPNG(_ path: String) -> RasterImage? {
        guard let surface = cairo_image_surface_create_from_png(path) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
            cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32 || cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24,
            let data = cairo_image_surface_get_data(surface)
        else { return nil }
        let opaque = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for row in 0..<height {
            let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width { pixels.append(opaque ? line[column] | 0xFF00_0000 : line[column]) }
        }
        return RasterImage(width: width, height: height, pixels: pixels)
    }
}
