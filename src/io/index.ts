/** Reading data files: the one path shared by load(), the CLI and Quick Metrics. */
export { readDataFile, DataFileError, type DataFormat, type ReadDataOptions } from './readDataFile';
export { readXlsx, type XlsxOptions } from './readXlsx';
