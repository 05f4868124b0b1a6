// Public entry of the export code: read-back pixels in, encoded files, archives and sheets out.
export { ExportError, abortError, isAbortError, type ExportErrorCode } from './export-errors';
export type { PixelRect, RgbColor } from './types';
export { encodePng, encodePng16, type Gray16Data, type PngOptions } from './encode-png';
export { compositeOver } from './composite';
export { autoCrop, commonCropBox, cropImage, findContentBox, padBox, type CropOptions, type CropResult } from './crop';
export { createUniqueNames, imageFileName, modelBaseName, passFileName, sanitizeNamePart, viewFileNames, type ExtraPass, type ImageFormat, type ImageNameParts, type UniqueNames, type ViewFileNames } from './file-names';
export { createZipWriter, type ZipWriter, type ZipWriterOptions } from './zip-writer';
export { fitInside, layoutContactSheet, type ContactSheetCell, type ContactSheetLayout, type ContactSheetLayoutOptions } from './contact-sheet-layout';
export { drawContactSheet, type ContactSheetOptions, type ContactSheetTile } from './contact-sheet';
export type { EncodeJob, EncodeKind } from './encode-request';
export { createImageEncoder, type ImageEncoder } from './image-encoder';
export { buildCamerasJson, buildTransformsJson, CAMERAS_CONVENTION, type CamerasJson, type ExportedImage, type StyleImage, type TransformsJson } from './camera-metadata';
export { DEPTH_ENCODING, exportViews, type ExportedFile, type ExportProgress, type ExportRun, type ExportSettings } from './export-views';
export { checkExportStyles, type ExportStyle } from './export-styles';
export { packZip } from './pack-zip';
