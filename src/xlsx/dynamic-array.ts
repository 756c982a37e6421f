/**
 * Excel 365's dynamic-array cell metadata part: an array formula whose cell carries `cm="1"` is a
 * spill (XLDAPR, fDynamic) rather than a legacy Ctrl+Shift+Enter array. Written as Excel writes it.
 */
export const DYNAMIC_ARRAY_METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" ' +
  'merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

export const DYNAMIC_ARRAY_METADATA_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';
