-- OCR readings of certificate images, keyed by the image's hash, the reader (engines, models, pipeline version) and
-- the certificate kind it was read as. Derived data: a new reader version reads again; a reading is never edited.
-- Field values are personal data (ID numbers): they live inside the store, which encryption covers.
CREATE TABLE ocr_reading (
    sha256   CHAR(64)     NOT NULL REFERENCES blob (sha256) ON DELETE CASCADE,
    reader   VARCHAR(200) NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    problems VARCHAR(200) NOT NULL,
    fields   VARCHAR(20000) NOT NULL, -- not CLOB: H2 keeps LOBs over 256 bytes out of line, 10x slower to read
    error    VARCHAR(1000),
    millis   INT          NOT NULL,
    read_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sha256, reader, kind)
);
