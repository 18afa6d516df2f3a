"""Lakewise medallion job: bronze -> silver (typed, checked, deduplicated, quarantined) or
silver -> gold (aggregates). Plain PySpark, so the same file runs as an AWS Glue job and as
an EMR Serverless job run. The rules come from pipeline-spec.json, generated from the same
tables the local DuckDB run reads (src/local-pipeline/datasets.ts and gold.ts).
"""
import argparse
import json

from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.types import StringType, StructField, StructType

CHECK_ORDER = ["missing_required", "wrong_type", "out_of_range", "too_long"]


def read_spec(spark, uri):
    text = "\n".join(row.value for row in spark.read.text(uri).collect())
    return json.loads(text)


def bound(value, column_type, as_of):
    if isinstance(value, dict):
        day = F.date_add(as_of, int(value["daysFromAsOf"]))
        return day if column_type == "date" else day.cast("timestamp")
    return F.lit(value)


def typed(column):
    field = F.col("f_" + column["name"])
    kind = column["type"]
    if kind == "text":
        return field
    if kind == "integer":
        return F.when(field.rlike(r"^[+-]?[0-9]{1,15}$"), field.cast("long"))
    if kind == "decimal":
        scale = column.get("scale", 2)
        return F.when(field.rlike(r"^[+-]?[0-9]{1,14}(\.[0-9]{1,%d})?$" % scale), field.cast("decimal(18,%d)" % scale))
    if kind == "timestamp":
        return F.to_timestamp(field)
    return F.to_date(field)


def parse_bronze(spark, dataset, path):
    columns = [column["name"] for column in dataset["columns"]]
    if dataset["format"] == "csv":
        schema = StructType([StructField(name, StringType()) for name in columns] + [StructField("_corrupt", StringType())])
        frame = (
            spark.read.option("header", True).option("multiLine", True).option("escape", '"')
            .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", "_corrupt")
            .schema(schema).csv(path)
        )
        frame = frame.select(
            F.input_file_name().alias("source_file"),
            F.monotonically_increasing_id().alias("record_number"),
            F.col("_corrupt").isNull().alias("is_record"),
            F.to_json(F.struct(*[F.col(name) for name in columns])).alias("raw"),
            *[F.col(name).alias("f_" + name) for name in columns],
        )
        return frame
    lines = spark.read.text(path).select(
        F.input_file_name().alias("source_file"),
        F.monotonically_increasing_id().alias("record_number"),
        F.col("value").alias("raw"),
    )
    is_object = F.ltrim(F.col("raw")).startswith("{") & F.get_json_object(F.col("raw"), "$").isNotNull()
    return lines.select(
        "source_file", "record_number", is_object.alias("is_record"), "raw",
        *[F.when(is_object, F.get_json_object(F.col("raw"), "$." + name)).alias("f_" + name) for name in columns],
    )


def silver(spark, spec, args):
    as_of = F.to_date(F.lit(args.as_of)) if args.as_of else F.current_date()
    for dataset in spec["datasets"]:
        name = dataset["id"]
        frame = parse_bronze(spark, dataset, "%s/%s/" % (args.bronze, name))
        for column in dataset["columns"]:
            frame = frame.withColumn("t_" + column["name"], typed(column))
        reason = F.when(~F.col("is_record"), F.lit("malformed_record"))
        for column in dataset["columns"]:
            if column["required"]:
                field = F.col("f_" + column["name"])
                reason = reason.when(field.isNull() | (F.trim(field) == ""), F.lit("missing_required:" + column["name"]))
        for column in dataset["columns"]:
            if column["type"] != "text":
                field = F.col("f_" + column["name"])
                reason = reason.when(field.isNotNull() & (F.trim(field) != "") & F.col("t_" + column["name"]).isNull(), F.lit("wrong_type:" + column["name"]))
        for column in dataset["columns"]:
            value = F.col("t_" + column["name"])
            out = None
            if "min" in column:
                out = value < bound(column["min"], column["type"], as_of)
            if "max" in column:
                above = value > bound(column["max"], column["type"], as_of)
                out = above if out is None else (out | above)
            if out is not None:
                reason = reason.when(out, F.lit("out_of_range:" + column["name"]))
        for column in dataset["columns"]:
            if column["type"] == "text":
                reason = reason.when(F.length(F.col("f_" + column["name"])) > dataset["maxTextLength"], F.lit("too_long:" + column["name"]))
        frame = frame.withColumn("invalid_reason", reason)
        first = Window.partitionBy(F.col("invalid_reason").isNull(), *[F.col("t_" + key) for key in dataset["key"]]).orderBy("source_file", "record_number")
        frame = frame.withColumn(
            "reason",
            F.coalesce(F.col("invalid_reason"), F.when(F.row_number().over(first) > 1, F.lit("duplicate_key"))),
        ).cache()
        passing = frame.filter(F.col("reason").isNull()).select(*[F.col("t_" + column["name"]).alias(column["name"]) for column in dataset["columns"]])
        passing.write.mode("overwrite").parquet("%s/%s/" % (args.silver, name))
        quarantined = frame.filter(F.col("reason").isNotNull()).select(
            F.lit(name).alias("dataset"),
            F.concat(F.lit("record "), F.col("record_number").cast("string"), F.lit(" of "), F.col("source_file")).alias("position"),
            "reason", "raw",
        )
        quarantined.write.mode("overwrite").parquet("%s/quarantine/%s/" % (args.silver, name))
        counts = frame.groupBy(F.split(F.coalesce(F.col("reason"), F.lit("silver")), ":").getItem(0).alias("outcome")).count().collect()
        report = {"dataset": name, "outcomes": {row["outcome"]: row["count"] for row in counts}}
        spark.createDataFrame([(json.dumps(report),)], ["value"]).coalesce(1).write.mode("overwrite").text("%s/reconciliation/%s/" % (args.silver, name))
        frame.unpersist()


def gold(spark, spec, args):
    available = {dataset["id"] for dataset in spec["datasets"]}
    for dataset in available:
        spark.read.parquet("%s/%s/" % (args.silver, dataset)).createOrReplaceTempView(dataset)
    for table in spec["gold"]:
        spark.sql(table["sql"]).write.mode("overwrite").parquet("%s/%s/" % (args.gold, table["id"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stage", choices=["silver", "gold"], required=True)
    parser.add_argument("--spec", required=True)
    parser.add_argument("--bronze", required=True)
    parser.add_argument("--silver", required=True)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--as_of", default="")
    args, _unknown_glue_arguments = parser.parse_known_args()
    spark = SparkSession.builder.appName("lakewise-" + args.stage).getOrCreate()
    spec = read_spec(spark, args.spec)
    if args.stage == "silver":
        silver(spark, spec, args)
    else:
        gold(spark, spec, args)


if __name__ == "__main__":
    main()
