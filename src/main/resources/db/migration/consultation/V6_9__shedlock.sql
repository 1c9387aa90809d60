-- ShedLock's lock table (shared: the assessment module may create it too, hence IF NOT EXISTS).
CREATE TABLE IF NOT EXISTS shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
