package app.neodesk.note;

import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;

/** A driver section of a note: its heading line, its paragraphs, its category and proposed direction. */
public record NoteSection(String title, String body, DriverCategory category, Direction direction) {}
