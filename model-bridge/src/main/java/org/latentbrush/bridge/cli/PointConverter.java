package org.latentbrush.bridge.cli;

import org.latentbrush.bridge.drag.ImagePoint;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a point given as {@code X,Y} in model pixels, such as a drag's handle or target. */
final class PointConverter implements ITypeConverter<ImagePoint> {

    @Override
    public ImagePoint convert(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length == 2) {
            try {
                return new ImagePoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
            } catch (IllegalArgumentException e) {
                // Not numbers, or not finite ones: said below as the one expected form.
            }
        }
        throw new TypeConversionException("'" + value + "' is not a point: give X,Y in model pixels, e.g. 20,32");
    }
}
