-- CreateEnum
CREATE TYPE "ImportOrigin" AS ENUM ('WEB', 'CLI');

-- CreateEnum
CREATE TYPE "ImportItemStatus" AS ENUM ('PENDING', 'READY', 'DUPLICATE', 'FAILED', 'QUEUED', 'CREATED');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "content_hash" TEXT,
ADD COLUMN "simhash" BIGINT,
ADD COLUMN "simhash_bands" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "import_batches" (
    "id" UUID NOT NULL,
    "origin" "ImportOrigin" NOT NULL DEFAULT 'WEB',
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_items" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "status" "ImportItemStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "source_hash" TEXT,
    "content_hash" TEXT,
    "summary" JSONB,
    "result" JSONB,
    "publish" BOOLEAN NOT NULL DEFAULT false,
    "to_simplified" BOOLEAN NOT NULL DEFAULT false,
    "article_id" UUID,
    "duplicate_of_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "import_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_files" (
    "item_id" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "import_files_pkey" PRIMARY KEY ("item_id")
);

-- CreateIndex
CREATE INDEX "articles_content_hash_idx" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_simhash_bands_idx" ON "articles" USING GIN ("simhash_bands");

-- CreateIndex
CREATE INDEX "import_batches_created_at_idx" ON "import_batches"("created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "import_items_article_id_key" ON "import_items"("article_id");

-- CreateIndex
CREATE INDEX "import_items_batch_id_status_idx" ON "import_items"("batch_id", "status");

-- CreateIndex
CREATE INDEX "import_items_source_hash_idx" ON "import_items"("source_hash");

-- CreateIndex
CREATE INDEX "import_items_duplicate_of_id_idx" ON "import_items"("duplicate_of_id");

-- CreateIndex
CREATE UNIQUE INDEX "import_items_batch_id_position_key" ON "import_items"("batch_id", "position");

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "import_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
