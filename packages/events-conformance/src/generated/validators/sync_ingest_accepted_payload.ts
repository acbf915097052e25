// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_ingest_accepted_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncIngestAccepted events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"ingest_batch_id":{"minLength":1,"title":"Ingest Batch Id","type":"string"},"ingested_count":{"exclusiveMinimum":0,"title":"Ingested Count","type":"integer"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","ingest_batch_id","ingested_count"],"title":"SyncIngestAcceptedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func72 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_ingest_accepted_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.ingest_batch_id === undefined) || (!(func0.call(data, "ingest_batch_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ingest_batch_id"},message:"must have required property '"+"ingest_batch_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.ingested_count === undefined) || (!(func0.call(data, "ingested_count")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ingested_count"},message:"must have required property '"+"ingested_count"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func72(data0) < 1){
const err7 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.connector_id.type,parentSchema:schema31.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data1 = data.delivery_id;
if(typeof data1 === "string"){
if(func72(data1) < 1){
const err9 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.delivery_id.type,parentSchema:schema31.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ingest_batch_id !== undefined && func0.call(data, "ingest_batch_id")){
let data2 = data.ingest_batch_id;
if(typeof data2 === "string"){
if(func72(data2) < 1){
const err11 = {instancePath:instancePath+"/ingest_batch_id",schemaPath:"#/properties/ingest_batch_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.ingest_batch_id,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/ingest_batch_id",schemaPath:"#/properties/ingest_batch_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.ingest_batch_id.type,parentSchema:schema31.properties.ingest_batch_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ingested_count !== undefined && func0.call(data, "ingested_count")){
let data3 = data.ingested_count;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err13 = {instancePath:instancePath+"/ingested_count",schemaPath:"#/properties/ingested_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.ingested_count.type,parentSchema:schema31.properties.ingested_count,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 <= 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/ingested_count",schemaPath:"#/properties/ingested_count/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.ingested_count,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data4 = data.mission_id;
if(typeof data4 === "string"){
if(func72(data4) < 1){
const err15 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data5 = data.recorded_at;
if(!(typeof data5 === "string")){
const err17 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.recorded_at.type,parentSchema:schema31.properties.recorded_at,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source_event_fingerprint !== undefined && func0.call(data, "source_event_fingerprint")){
let data6 = data.source_event_fingerprint;
if(typeof data6 === "string"){
if(func72(data6) < 1){
const err18 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.source_event_fingerprint.type,parentSchema:schema31.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"connector_id":true,"delivery_id":true,"ingest_batch_id":true,"ingested_count":true,"mission_id":true,"recorded_at":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};
