package dev.docpoet.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every goal that reads a docs folder is configured with: the folder, and which of its pages to read. */
abstract class DocsFolderMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The docs folder. */
    @Parameter(property = "docpoet.docsDirectory", defaultValue = "${project.basedir}/src/main/docs")
    File docsDirectory;

    /** Globs of the pages to read, relative to the docs folder ({@code helpdesk/**}); all pages when empty. */
    @Parameter
    List<String> includes = new ArrayList<>();

    /** Globs of pages to leave out. */
    @Parameter
    List<String> excludes = new ArrayList<>();
}
