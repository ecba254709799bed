/** The title-import module's public interface: the import service, its streamed progress and its size limit. */
export { type ImportStreamLine, importStreamLine, TITLE_IMPORT_MAX_BYTES } from './title-import.schema';
export type { TitleImportService } from './title-import.service';
