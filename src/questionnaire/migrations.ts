// The version steps of questionnaire/migrations.json, checked with their schema like the other
// data files (at build, in the tests and in the CLI).
import migrationsJson from '../../questionnaire/migrations.json';
import { dataFile } from './dataFile';
import { MigrationFile } from './migrationSchema';

export const migrations: MigrationFile = dataFile(MigrationFile, migrationsJson);
