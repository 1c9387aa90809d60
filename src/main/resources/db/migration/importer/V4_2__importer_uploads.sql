-- importer: files uploaded by the coordinator, previewed and waiting for confirmation
create table import_upload (
    token       uuid primary key,
    file_name   text not null,
    content     bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null
);
