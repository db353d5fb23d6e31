-- AlterTable
ALTER TABLE "tags" ADD COLUMN "name_key" TEXT,
ADD COLUMN "parent_id" UUID,
ADD COLUMN "featured" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "seo_title" TEXT,
ADD COLUMN "seo_description" TEXT;

-- CreateTable
CREATE TABLE "tag_aliases" (
    "id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tag_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tag_slug_redirects" (
    "slug" TEXT NOT NULL,
    "tag_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tag_slug_redirects_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "tags_name_key_idx" ON "tags"("name_key");

-- CreateIndex
CREATE INDEX "tags_parent_id_idx" ON "tags"("parent_id");

-- CreateIndex
CREATE INDEX "tags_featured_idx" ON "tags"("featured");

-- CreateIndex
CREATE UNIQUE INDEX "tag_aliases_name_key_key" ON "tag_aliases"("name_key");

-- CreateIndex
CREATE INDEX "tag_aliases_tag_id_idx" ON "tag_aliases"("tag_id");

-- CreateIndex
CREATE INDEX "tag_slug_redirects_tag_id_idx" ON "tag_slug_redirects"("tag_id");

-- AddForeignKey
ALTER TABLE "tags" ADD CONSTRAINT "tags_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "tags"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_aliases" ADD CONSTRAINT "tag_aliases_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_slug_redirects" ADD CONSTRAINT "tag_slug_redirects_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;
